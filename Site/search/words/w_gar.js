BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"3a",
"garantir":"5y,1,1d",
"garants":"1l",
"garde":"0,17,5,f,17,b,15,1w,y,3,7;4e,1w",
"garder":"3b",
"gardiens":"1l"
});
