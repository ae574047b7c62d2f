BRIEFINGS_SEARCH_WORDS("ara",{
"arab":"u,5,y,p,8,1a,3t;44",
"arabe":"3,f,c,13,p,46,16;u,13,p",
"arabes":"2,f,i,w,2,1d,d,4c;z",
"arabiya":"7,3c,4g;7"
});
