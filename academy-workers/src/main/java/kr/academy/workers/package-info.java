/**
 * Message-driven beans (one per queue of DESIGN §3) and the job processors they hand off to. The
 * job backbone issue brings the first of them; until then this module ships as a library.
 */
package kr.academy.workers;
