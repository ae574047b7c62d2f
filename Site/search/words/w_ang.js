BRIEFINGS_SEARCH_WORDS("ang",{
"angela":"0,f,4,h,28,h,1,5,2,20,1,1m,f,1;f,3a,1",
"anger":"2,19"
});
