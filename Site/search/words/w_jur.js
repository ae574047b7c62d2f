BRIEFINGS_SEARCH_WORDS("jur",{
"jurgen":"1s,3h,2k;1s"
});
