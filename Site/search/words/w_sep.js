BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7u",
"separement":"f,7k",
"sept":"0,30,8,6,16,15,1v,7,4,5;3e,16",
"septembre":"1t,5,6,h,j,5"
});
