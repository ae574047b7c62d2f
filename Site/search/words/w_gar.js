BRIEFINGS_SEARCH_WORDS("gar",{
"garanties":"3w",
"garantir":"6k,1,1d",
"garants":"1l",
"garde":"0,17,5,f,17,x,15,1w,y,3,7;50,1w",
"garder":"3x",
"gardiens":"1l"
});
