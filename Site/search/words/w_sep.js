BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7k",
"separement":"f,7a",
"sept":"0,30,8,5,12,15,1q,7,4,5;3d,12,15",
"septembre":"1t,5,6,h,j,5"
});
