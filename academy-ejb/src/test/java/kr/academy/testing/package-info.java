/**
 * The in-memory stand-ins for the ports of academy-ejb, shared by the tests of every module (this
 * module's test jar): one fake per port, so a test runs the real workflow and the real rules over
 * them rather than copies of the real classes. A fake keeps what it was given and says what
 * happened to it; it decides nothing the domain decides.
 */
package kr.academy.testing;
