BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"39",
"garantir":"63,1k",
"garants":"1l",
"garde":"0,17,5,f,16,b,3a,11,3,7;6i",
"garder":"3a",
"gardiens":"1l"
});
