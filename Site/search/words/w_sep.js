BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7h",
"separement":"f,77",
"sept":"0,31,8,5,12,14,1n,7,4,5;3e,12,14",
"septembre":"1t,5,7,h,j,5"
});
