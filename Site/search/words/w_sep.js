BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7s",
"separement":"f,7i",
"sept":"0,30,8,6,15,15,1u,7,4,5;3e,15,15",
"septembre":"1t,5,6,h,j,5"
});
