BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"h,d,5,y,q,8,17,3j;42",
"arabe":"3,f,c,13,q,3v,14;u,13,q",
"arabes":"2,f,i,w,2,1e,c,40;z",
"arabiya":"7,3c,44;7"
});
