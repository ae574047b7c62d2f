BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3w,3p",
"three":"79,8,2",
"through":"5p,1g,8"
});
