BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"42,3x",
"three":"3v,2,3q,8,2;3x",
"through":"5v,1o,8"
});
