BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7h",
"separement":"f,77",
"sept":"0,30,8,5,12,15,1n,7,4,5;3d,12,15",
"septembre":"1t,5,6,h,j,5"
});
