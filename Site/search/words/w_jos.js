BRIEFINGS_SEARCH_WORDS("jos",{
"josep":"0,1o,3,1h,2,1h,g,b,4,w,y,3,3,2,1,1;1r,3g,b,4,w"
});
