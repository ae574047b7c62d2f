BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3z,3y",
"three":"3v,3q,8,2",
"through":"5v,1m,8"
});
