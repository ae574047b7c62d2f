BRIEFINGS_SEARCH_WORDS("vot",{
"vote":"m,2h,1x,5,2a;50,5",
"voted":"7l"
});
