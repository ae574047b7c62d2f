BRIEFINGS_SEARCH_WORDS("jos",{
"josep":"0,1o,3,1h,2,1i,g,b,4,x,z,3,3,2,1,1;1r,3h,b,4,x"
});
