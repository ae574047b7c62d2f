BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,30,2l,5;1o,30",
"lendemain":"3f,41,8;3f"
});
