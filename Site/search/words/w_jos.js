BRIEFINGS_SEARCH_WORDS("jos",{
"josep":"0,1o,3,1h,2,1b,f,b,4,t,v,3,3,3,2,1,1;1r,39,b,4,t,v"
});
