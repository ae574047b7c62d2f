BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3z,3z",
"three":"3v,3r,8,2",
"through":"5v,1n,8"
});
