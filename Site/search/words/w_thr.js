BRIEFINGS_SEARCH_WORDS("thr",{
"threatened":"3x,3o",
"three":"79,8,2",
"through":"5p,1g,8"
});
