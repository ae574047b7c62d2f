BRIEFINGS_SEARCH_WORDS("cen",{
"centaine":"7j",
"centaines":"11,4,8,1w,3q,k,3;6z",
"centre":"2l",
"centres":"22",
"century":"5k,24"
});
