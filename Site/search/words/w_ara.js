BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"h,d,5,y,q,8,1t,3j;4o",
"arabe":"3,f,c,13,q,4h,14;u,13,q",
"arabes":"2,f,i,w,2,20,c,40;z",
"arabiya":"7,3y,44;7"
});
