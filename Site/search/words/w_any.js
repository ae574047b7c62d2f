BRIEFINGS_SEARCH_WORDS("any",{
"any":"49,2m,2,q,1,9;49,2m",
"anymore":"4d,3k",
"anyone":"5s,1z",
"anything":"4c,3l"
});
