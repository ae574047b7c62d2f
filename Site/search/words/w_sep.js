BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7i",
"separement":"f,78",
"sept":"0,30,8,5,11,13,1r,7,4,5;3d,11,13",
"septembre":"1t,5,6,h,j,5"
});
