BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,2z,2l,5;1o,2z",
"lendemain":"3f,40,8;3f"
});
