BRIEFINGS_SEARCH_WORDS("sep",{
"separate":"7t",
"separement":"f,7j",
"sept":"0,30,8,6,16,15,1u,7,4,5;3e,16,15",
"septembre":"1t,5,6,h,j,5"
});
