package kr.academy.ai;

import kr.academy.pages.PageImage;

/**
 * One page of an AI job: its place among all the job's pages (from 1), the file it came from and
 * its number in that file (from 1), and its pixels.
 */
public record AiPage(int number, AiFile file, int pageInFile, PageImage image) {}
