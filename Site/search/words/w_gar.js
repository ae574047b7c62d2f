BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"39",
"garantir":"5w,1,1g",
"garants":"1l",
"garde":"0,17,5,f,16,b,30,11,3,7;68",
"garder":"3a",
"gardiens":"1l"
});
