BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,33,2s,5;1o,33",
"lendemain":"3f,4b,8;3f"
});
