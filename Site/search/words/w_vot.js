BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,21,6,2g;54,6",
"voted":"7w"
});
