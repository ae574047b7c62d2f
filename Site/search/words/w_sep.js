BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7i",
"separement":"f,78",
"sept":"0,31,8,5,12,15,1n,7,4,5;3e,12,15",
"septembre":"1t,5,7,h,j,5"
});
