BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,1w,6,2a;4z,6",
"voted":"7l"
});
