BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,22,6,2i;55,6",
"voted":"7z"
});
