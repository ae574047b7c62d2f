BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2i,1w,6,2a;50,6",
"voted":"7m"
});
