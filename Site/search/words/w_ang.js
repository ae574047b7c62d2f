BRIEFINGS_SEARCH_WORDS("ang",{
"angela":"0,f,4,h,2v,g,1,5,1w,1,1e,f,1;f,3w,1",
"anger":"2,19"
});
