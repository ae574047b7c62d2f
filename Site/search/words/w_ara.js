BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"u,5,y,p,8,1c,3q;46",
"arabe":"3,f,c,13,p,45,16;u,13,p",
"arabes":"2,f,i,w,2,1d,d,4b;z",
"arabiya":"7,3c,4f;7"
});
