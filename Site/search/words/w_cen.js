BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"7b",
"centaines":"11,4,8,1w,3h,l,3",
"centre":"2l",
"centres":"22",
"century":"5f,21"
});
