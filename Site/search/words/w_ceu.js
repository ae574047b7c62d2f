BRIEFINGS_SEARCH_WORDS("ceu",{
"ceux":"39,3e,l"
});
