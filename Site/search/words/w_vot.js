BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,22,6,2h",
"voted":"7y"
});
