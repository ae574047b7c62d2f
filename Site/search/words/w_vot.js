BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,22,6,2g;55,6",
"voted":"7x"
});
