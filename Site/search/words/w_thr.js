BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"41,3v",
"three":"3v,3p,8,2",
"through":"5u,1m,8"
});
