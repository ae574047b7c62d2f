BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,1u,6,2d;4x,6",
"voted":"7m"
});
