BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2i,2h,6,2a;5l,6",
"voted":"87"
});
