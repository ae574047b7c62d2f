BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"39",
"garantir":"64,1,1l",
"garants":"1l",
"garde":"0,17,5,f,16,b,3c,12,3,7;6k",
"garder":"3a",
"gardiens":"1l"
});
