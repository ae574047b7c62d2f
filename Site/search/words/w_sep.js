BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7v",
"separement":"f,7l",
"sept":"0,30,8,6,16,15,1w,7,4,5;3e,16,15",
"septembre":"1t,5,6,h,j,5"
});
