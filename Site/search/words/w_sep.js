BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"83",
"separement":"f,7t",
"sept":"0,31,u,5,12,14,1n,7,4,5;40,12,14",
"septembre":"1t,5,7,h,j,r"
});
