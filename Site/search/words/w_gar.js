BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"39",
"garantir":"5y,1,1d",
"garants":"1l",
"garde":"0,17,5,f,16,b,15,1x,y,3,7;4d,1x",
"garder":"3a",
"gardiens":"1l"
});
