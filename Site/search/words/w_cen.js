BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"78",
"centaines":"11,4,8,1w,3e,l,3",
"centre":"2l",
"centres":"22",
"century":"5f,1y"
});
