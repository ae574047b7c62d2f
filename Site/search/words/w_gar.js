BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"3a",
"garantir":"5z,1,1d",
"garants":"1l",
"garde":"0,17,5,f,17,b,15,1x,y,3,7;4e,1x",
"garder":"3b",
"gardiens":"1l"
});
