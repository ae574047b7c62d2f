BRIEFINGS_SEARCH_WORDS("len",{
"lenarcic":"0,1o,3l,2l,5;1o,3l",
"lendemain":"41,40,8;41"
});
