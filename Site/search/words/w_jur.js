BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,3h,2j;1s"
});
